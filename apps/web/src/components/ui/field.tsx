import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from "react";
import { optionsFrom } from "~/components/ui/options";
import { cn } from "~/lib/cn";

const controlClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs ring-1 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-inset focus:outline-none disabled:bg-zinc-50 disabled:text-zinc-500";

interface FieldShellProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}

function FieldShell({ id, label, error, hint, children }: FieldShellProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-600" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A field's control id: the one given, else a generated one. */
function useControlId(givenId: string | undefined) {
  const generatedId = useId();
  return givenId ?? generatedId;
}

/** Ties a text control to the error or hint under it, for assistive technology. */
const describedBy = (id: string, error: string | undefined, hint: ReactNode) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
});

/** A text control's outline: red while it has an error. */
const textRing = (error: string | undefined) => (error ? "ring-red-400 focus:ring-red-500" : "ring-zinc-300 focus:ring-indigo-600");

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string;
  hint?: ReactNode;
}

export function TextField({ label, error, hint, className, id: givenId, ...props }: TextFieldProps) {
  const id = useControlId(givenId);
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        {...describedBy(id, error, hint)}
        className={cn(controlClass, textRing(error), className)}
        {...props}
      />
    </FieldShell>
  );
}

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  error?: string;
  hint?: ReactNode;
}

export function SelectField({ label, error, hint, className, id: givenId, children, ...props }: SelectFieldProps) {
  const id = useControlId(givenId);
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        className={cn(controlClass, "pr-8", error ? "ring-red-400" : "ring-zinc-300 focus:ring-indigo-600", className)}
        {...props}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string;
  hint?: ReactNode;
}

export function TextAreaField({ label, error, hint, className, id: givenId, rows = 3, ...props }: TextAreaFieldProps) {
  const id = useControlId(givenId);
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        rows={rows}
        {...describedBy(id, error, hint)}
        className={cn(controlClass, textRing(error), className)}
        {...props}
      />
    </FieldShell>
  );
}

/** The <option>s of a select, from value → label pairs (a list, or a record of labels). */
export function Options({ options }: { options: readonly { value: string; label: string }[] | Readonly<Record<string, string>> }) {
  const pairs = isOptionList(options) ? options : optionsFrom(options);
  return pairs.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

/** The <option>s of a select of people: each one's name, valued by their id. */
export function PeopleOptions({ people }: { people: readonly { id: string; name: string }[] | undefined }) {
  return (people ?? []).map((person) => (
    <option key={person.id} value={person.id}>
      {person.name}
    </option>
  ));
}

function isOptionList(options: unknown): options is readonly { value: string; label: string }[] {
  return Array.isArray(options);
}
