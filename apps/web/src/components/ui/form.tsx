"use client";

import { type QueryFilters, type UseMutationOptions, type UseMutationResult, useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { describeApiError, fieldMessage } from "~/lib/api-errors";

type Values = Record<string, unknown>;

export interface FormMutation<TValues extends Values, TData = unknown, TVariables = never, TError = unknown, TContext = unknown> {
  values: TValues;
  setValues: (values: TValues) => void;
  /** An onChange handler writing the input's value to one field. */
  set: (field: keyof TValues) => (event: { target: { value: string } }) => void;
  setValue: <K extends keyof TValues>(field: K, value: TValues[K]) => void;
  /** Props for a TextField / SelectField / TextAreaField bound to one field. */
  field: (field: keyof TValues & string, label: string) => { label: string; name: string; value: string; onChange: (event: { target: { value: string } }) => void; error: string | undefined };
  /** The API's message for a field, worded with its label ("Email is required"). */
  errorOf: (field: string, label: string) => string | undefined;
  /** What to say above the fields: the errors no field shows, or the request's own message. */
  banner: string | null;
  mutation: UseMutationResult<TData, TError, TVariables, TContext>;
  pending: boolean;
  /** Back to the initial values, without an error. */
  reset: () => void;
  /** Sends `toInput(values)`. */
  submit: () => void;
  /** Back to the initial values, then the form's `onClose` (a dialog's Cancel, or after a save). */
  close: () => void;
}

export interface FormMutationSettings<TValues extends Values, TVariables> {
  initialValues: TValues | (() => TValues);
  /** The input paths whose API errors show beside their field; any other error goes in the banner. */
  fields: readonly string[];
  /** The queries refetched after a success, before the mutation's own `onSuccess` runs. */
  invalidates?: readonly QueryFilters[];
  /** The mutation's input from the form's values, for `submit`. */
  toInput?: (values: TValues) => TVariables;
  /** What closes the form's dialog or drawer. */
  onClose?: () => void;
  /** Close the form (`close`) after a success, before the mutation's own `onSuccess`. */
  closeOnSuccess?: boolean;
}

/**
 * The one way a form talks to a mutation: its values, the API's field errors beside the fields named
 * in `fields`, and any other error above them.
 */
export function useFormMutation<TValues extends Values, TData, TVariables, TError, TContext>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
  { initialValues, fields, invalidates, toInput, onClose, closeOnSuccess }: FormMutationSettings<TValues, TVariables>,
): FormMutation<TValues, TData, TVariables, TError, TContext> {
  const [values, setValues] = useState(initialValues);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    ...options,
    onSuccess: async (...args) => {
      await Promise.all((invalidates ?? []).map((filter) => queryClient.invalidateQueries(filter)));
      if (closeOnSuccess) close();
      await options.onSuccess?.(...args);
    },
  });
  const problem = mutation.error ? describeApiError(mutation.error) : null;
  const unplaced = Object.entries(problem?.fieldErrors ?? {}).filter(([field]) => !fields.includes(field));
  const placedAny = Object.keys(problem?.fieldErrors ?? {}).some((field) => fields.includes(field));
  const banner = !problem
    ? null
    : unplaced.length > 0
      ? unplaced.map(([field, messages]) => fieldMessage(field, messages)).join(" ")
      : placedAny
        ? null
        : problem.message;

  const set = (field: keyof TValues) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const errorOf = (field: string, label: string) => fieldMessage(label, problem?.fieldErrors[field]);

  const reset = () => {
    mutation.reset();
    setValues(typeof initialValues === "function" ? initialValues() : initialValues);
  };
  const close = () => {
    reset();
    onClose?.();
  };

  return {
    values,
    setValues,
    set,
    field: (field, label) => ({ label, name: field, value: String(values[field] ?? ""), onChange: set(field), error: errorOf(field, label) }),
    setValue: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    errorOf,
    banner,
    mutation,
    pending: mutation.isPending,
    reset,
    submit: () => {
      if (toInput) mutation.mutate(toInput(values));
    },
    close,
  };
}

/** A form's error banner, its fields, and its Cancel and submit buttons. */
export function FormBody({
  banner,
  pending,
  onSubmit,
  onCancel,
  submitLabel,
  pendingLabel,
  children,
  testId,
}: {
  banner: string | null;
  pending: boolean;
  onSubmit: () => void;
  onCancel?: () => void;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
  testId?: string;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid={testId}>
      {banner ? <Alert tone="error">{banner}</Alert> : null}
      {children}
      <div className="flex justify-end gap-2 pt-1">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}

/**
 * A dialog holding one form; closing it (Cancel, Escape) is the form's `close`. `done`, once the
 * mutation has succeeded, replaces the form (a key or a password shown once).
 */
export function FormDialog<TValues extends Values>({
  form,
  open = true,
  title,
  description,
  testId,
  onSubmit,
  submitLabel,
  pendingLabel,
  done,
  children,
}: {
  form: Pick<FormMutation<TValues>, "banner" | "pending" | "submit" | "close">;
  open?: boolean;
  title: string;
  description?: ReactNode;
  testId: string;
  /** What the submit button does; the form's own `submit` unless given. */
  onSubmit?: () => void;
  submitLabel: string;
  pendingLabel: string;
  done?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Dialog open={open} onClose={form.close} title={title} description={description} data-testid={testId}>
      {done ?? (
        <FormBody banner={form.banner} pending={form.pending} onSubmit={onSubmit ?? form.submit} onCancel={form.close} submitLabel={submitLabel} pendingLabel={pendingLabel}>
          {children}
        </FormBody>
      )}
    </Dialog>
  );
}

/** A create-or-edit form's `mutationFn`: updates the record given, else creates one. */
export function createOrUpdate<TInput extends object, TSaved>(
  record: { id: string } | undefined,
  create: (input: TInput) => Promise<TSaved>,
  update: (input: TInput & { id: string }) => Promise<TSaved>,
): (input: TInput) => Promise<TSaved> {
  return (input) => (record ? update({ id: record.id, ...input }) : create(input));
}

/** Text fields as an input takes them: trimmed, and a blank one is null (cleared). */
export function blankAsNull<T extends Record<string, string>>(values: T): { [K in keyof T]: string | null } {
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, value.trim() || null])) as { [K in keyof T]: string | null };
}
