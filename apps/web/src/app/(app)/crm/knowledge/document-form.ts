import type { PublicationStatus } from "./publication-status";

interface DocumentFields {
  title: string;
  content: string;
  category: string | null;
  status: PublicationStatus;
}

/** The form values every document kind has, from the document being edited or for a new one. */
export function documentFormValues(document: DocumentFields | undefined, newStatus: PublicationStatus) {
  return { title: document?.title ?? "", content: document?.content ?? "", category: document?.category ?? "", status: document?.status ?? newStatus };
}

/** Those values as the API takes them: an empty category is none. */
export function documentInput(values: ReturnType<typeof documentFormValues>) {
  return { ...values, category: values.category.trim() || null };
}
