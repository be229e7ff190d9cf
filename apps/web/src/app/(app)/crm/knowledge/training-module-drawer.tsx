"use client";

import { useQuery } from "@tanstack/react-query";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { createOrUpdate, FormBody, useFormMutation } from "~/components/ui/form";
import { formatDate } from "~/lib/format";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { documentFormValues, documentInput } from "./document-form";
import { DocumentReader } from "./document-reader";
import { publicationStatusLabels } from "./publication-status";
import { openedId, RecordDrawer, type RecordDrawerHostProps, type RecordFormProps, type RecordKind } from "./record-drawer";

type TrainingModule = RouterOutputs["crm"]["training"]["get"];

const moduleKind: RecordKind<TrainingModule> = {
  texts: { newTitle: "New training module", fallbackTitle: "Training module", testId: "training-drawer", deleteLabel: "Delete module" },
  deleteDescription: "Archive it instead to take it out of the course but keep it.",
  Form: ModuleForm,
  Reader: ({ record: module }) => (
    <DocumentReader
      document={module}
      lead={module.description}
      details={
        <>
          {module.durationMinutes ? <span>{module.durationMinutes} min</span> : null}
          <span className="ml-auto">Updated {formatDate(module.updatedAt)}</span>
        </>
      }
    />
  ),
};

export function TrainingModuleDrawer(props: RecordDrawerHostProps) {
  const trpc = useTRPC();
  const id = openedId(props.opened);
  const query = useQuery(trpc.crm.training.get.queryOptions({ id: id ?? "" }, { enabled: id !== null }));
  return <RecordDrawer {...props} query={query} kind={moduleKind} routes={{ calls: useTRPCClient().crm.training, shownIn: trpc.crm.training.pathFilter() }} />;
}

function ModuleForm({ record: module, shownIn, onDone, onCancel }: RecordFormProps<TrainingModule>) {
  const { create, update } = useTRPCClient().crm.training;
  const initialValues = {
    ...documentFormValues(module, "draft"),
    description: module?.description ?? "",
    durationMinutes: module?.durationMinutes ? String(module.durationMinutes) : "",
  };
  const form = useFormMutation(
    { mutationFn: createOrUpdate(module, create.mutate, update.mutate), onSuccess: onDone },
    {
      initialValues,
      fields: Object.keys(initialValues),
      invalidates: [shownIn],
      toInput: ({ description, durationMinutes, ...values }) => ({
        ...documentInput(values),
        description: description.trim() || null,
        durationMinutes: durationMinutes.trim() === "" ? null : Number(durationMinutes),
      }),
    },
  );

  return (
    <FormBody banner={form.banner} pending={form.pending} onSubmit={form.submit} onCancel={onCancel} submitLabel="Save module" pendingLabel="Saving…" testId="training-form">
      <TextField {...form.field("title", "Title")} required autoFocus />
      <TextField {...form.field("description", "Description")} />
      <TextAreaField {...form.field("content", "Content")} required rows={12} />
      <div className="grid grid-cols-3 gap-3">
        <TextField {...form.field("category", "Category")} />
        <TextField {...form.field("durationMinutes", "Minutes")} type="number" min="1" step="1" />
        <SelectField {...form.field("status", "Status")}>
          <Options options={publicationStatusLabels} />
        </SelectField>
      </div>
    </FormBody>
  );
}
