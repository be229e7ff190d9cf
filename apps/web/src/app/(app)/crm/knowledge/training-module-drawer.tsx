"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormBody, useFormMutation } from "~/components/ui/form";
import { formatDate } from "~/lib/format";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { DocumentReader } from "./document-reader";
import { publicationStatusLabels } from "./publication-status";
import { openedId, RecordDrawer, type RecordDrawerHostProps } from "./record-drawer";

type TrainingModule = RouterOutputs["crm"]["training"]["get"];
type ModuleInput = RouterInputs["crm"]["training"]["create"];

export function TrainingModuleDrawer(props: RecordDrawerHostProps) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const id = openedId(props.opened);
  const query = useQuery(trpc.crm.training.get.queryOptions({ id: id ?? "" }, { enabled: id !== null }));
  return (
    <RecordDrawer
      {...props}
      query={query}
      newTitle="New training module"
      fallbackTitle="Training module"
      testId="training-drawer"
      deletion={{
        run: (recordId) => client.crm.training.delete.mutate({ id: recordId }),
        shownIn: trpc.crm.training.pathFilter(),
        description: "Archive it instead to take it out of the course but keep it.",
        confirmLabel: "Delete module",
      }}
      renderForm={({ record, onDone, onCancel }) => <ModuleForm module={record} onDone={onDone} onCancel={onCancel} />}
      renderReader={(module) => (
        <DocumentReader
          status={module.status}
          category={module.category}
          lead={module.description}
          content={module.content}
          details={
            <>
              {module.durationMinutes ? <span>{module.durationMinutes} min</span> : null}
              <span className="ml-auto">Updated {formatDate(module.updatedAt)}</span>
            </>
          }
        />
      )}
    />
  );
}

function ModuleForm({ module, onDone, onCancel }: { module?: TrainingModule; onDone: (saved: TrainingModule) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const initialValues = {
    title: module?.title ?? "",
    description: module?.description ?? "",
    content: module?.content ?? "",
    category: module?.category ?? "",
    durationMinutes: module?.durationMinutes ? String(module.durationMinutes) : "",
    status: module?.status ?? "draft",
  };
  const form = useFormMutation(
    {
      mutationFn: (input: ModuleInput) => (module ? client.crm.training.update.mutate({ id: module.id, ...input }) : client.crm.training.create.mutate(input)),
      onSuccess: async (saved: TrainingModule) => {
        await queryClient.invalidateQueries(trpc.crm.training.pathFilter());
        onDone(saved);
      },
    },
    { initialValues, fields: Object.keys(initialValues) },
  );
  const { values } = form;

  function submit() {
    form.mutation.mutate({
      title: values.title,
      description: values.description.trim() || null,
      content: values.content,
      category: values.category.trim() || null,
      durationMinutes: values.durationMinutes.trim() === "" ? null : Number(values.durationMinutes),
      status: values.status,
    });
  }

  return (
    <FormBody banner={form.banner} pending={form.pending} onSubmit={submit} onCancel={onCancel} submitLabel="Save module" pendingLabel="Saving…" testId="training-form">
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
