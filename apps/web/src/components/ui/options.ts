/** A choice of a select, a segmented control or a tab row. */
export interface Option<T extends string> {
  value: T;
  label: string;
}

/** A control choosing one of its options (`Segmented`, `Tabs`): its accessible name, the value chosen, the change. */
export interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  onChange: (value: T) => void;
}

/**
 * The options of a choice from its label map, in the map's order. Typed `Record<T, string>`, so a value
 * the choice takes but the map leaves out fails the typecheck.
 */
export function optionsFrom<T extends string>(labels: Readonly<Record<T, string>>): Option<T>[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
