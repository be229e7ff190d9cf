"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge } from "~/components/ui/badge";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormBody, useFormMutation } from "~/components/ui/form";
import { formatDate } from "~/lib/format";
import { parseTags } from "~/lib/tags";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { DocumentReader } from "./document-reader";
import { publicationStatusLabels } from "./publication-status";
import { openedId, RecordDrawer, type RecordDrawerHostProps } from "./record-drawer";

type Resource = RouterOutputs["crm"]["knowledge"]["get"];
type ResourceInput = RouterInputs["crm"]["knowledge"]["create"];

/** Reads a resource, and for writers edits or deletes it; `"new"` opens an empty form. */
export function KnowledgeResourceDrawer(props: RecordDrawerHostProps) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const id = openedId(props.opened);
  const query = useQuery(trpc.crm.knowledge.get.queryOptions({ id: id ?? "" }, { enabled: id !== null }));
  return (
    <RecordDrawer
      {...props}
      query={query}
      newTitle="New resource"
      fallbackTitle="Resource"
      testId="knowledge-drawer"
      deletion={{
        run: (recordId) => client.crm.knowledge.delete.mutate({ id: recordId }),
        shownIn: trpc.crm.knowledge.pathFilter(),
        description: "The copilot will no longer find it either. Archive it instead to keep it for the record.",
        confirmLabel: "Delete resource",
      }}
      renderForm={({ record, onDone, onCancel }) => <ResourceForm resource={record} onDone={onDone} onCancel={onCancel} />}
      renderReader={(resource) => (
        <DocumentReader
          status={resource.status}
          category={resource.category}
          lead={resource.summary}
          content={resource.content}
          contentTestId="knowledge-content"
          details={
            <>
              {resource.tags.map((tag) => (
                <Badge key={tag}>{tag}</Badge>
              ))}
              <span className="ml-auto">
                {resource.author ? `${resource.author.name} · ` : ""}updated {formatDate(resource.updatedAt)}
              </span>
            </>
          }
        >
          {resource.url ? (
            <a href={resource.url} target="_blank" rel="noopener noreferrer" className="inline-block text-sm font-medium text-indigo-600 hover:text-indigo-500">
              Open the source ↗
            </a>
          ) : null}
        </DocumentReader>
      )}
    />
  );
}

function ResourceForm({ resource, onDone, onCancel }: { resource?: Resource; onDone: (saved: Resource) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const initialValues = {
    title: resource?.title ?? "",
    summary: resource?.summary ?? "",
    content: resource?.content ?? "",
    category: resource?.category ?? "",
    tags: resource?.tags.join(", ") ?? "",
    url: resource?.url ?? "",
    status: resource?.status ?? "published",
  };
  const form = useFormMutation(
    {
      mutationFn: (input: ResourceInput) => (resource ? client.crm.knowledge.update.mutate({ id: resource.id, ...input }) : client.crm.knowledge.create.mutate(input)),
      onSuccess: async (saved: Resource) => {
        await queryClient.invalidateQueries(trpc.crm.knowledge.pathFilter());
        onDone(saved);
      },
    },
    { initialValues, fields: Object.keys(initialValues) },
  );
  const { values } = form;

  function submit() {
    form.mutation.mutate({
      title: values.title,
      summary: values.summary.trim() || null,
      content: values.content,
      category: values.category.trim() || null,
      tags: parseTags(values.tags),
      url: values.url.trim() || null,
      status: values.status,
    });
  }

  return (
    <FormBody
      banner={form.banner}
      pending={form.pending}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={resource ? "Save changes" : "Save resource"}
      pendingLabel="Saving…"
      testId="knowledge-form"
    >
      <TextField {...form.field("title", "Title")} required autoFocus />
      <TextField {...form.field("summary", "Summary")} />
      <TextAreaField {...form.field("content", "Content")} required rows={12} />
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("category", "Category")} placeholder="e.g. Claims" />
        <SelectField {...form.field("status", "Status")}>
          <Options options={publicationStatusLabels} />
        </SelectField>
      </div>
      <TextField {...form.field("tags", "Tags")} hint="Separate tags with commas." />
      <TextField {...form.field("url", "Source link")} type="url" placeholder="https://" />
    </FormBody>
  );
}
