"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "~/components/ui/badge";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { createOrUpdate, FormBody, useFormMutation } from "~/components/ui/form";
import { formatDate } from "~/lib/format";
import { parseTags } from "~/lib/tags";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { documentFormValues, documentInput } from "./document-form";
import { DocumentReader } from "./document-reader";
import { publicationStatusLabels } from "./publication-status";
import { openedId, RecordDrawer, type RecordDrawerHostProps, type RecordFormProps, type RecordKind } from "./record-drawer";

type Resource = RouterOutputs["crm"]["knowledge"]["get"];

/** Reads a resource, and for writers edits or deletes it; `"new"` opens an empty form. */
export function KnowledgeResourceDrawer(props: RecordDrawerHostProps) {
  const trpc = useTRPC();
  const id = openedId(props.opened);
  const query = useQuery(trpc.crm.knowledge.get.queryOptions({ id: id ?? "" }, { enabled: id !== null }));
  return <RecordDrawer {...props} query={query} kind={resourceKind} routes={{ calls: useTRPCClient().crm.knowledge, shownIn: trpc.crm.knowledge.pathFilter() }} />;
}

function ResourceReader({ record: resource }: { record: Resource }) {
  return (
    <DocumentReader
      document={resource}
      lead={resource.summary}
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
  );
}

function ResourceForm({ record: resource, shownIn, onDone, onCancel }: RecordFormProps<Resource>) {
  const { create, update } = useTRPCClient().crm.knowledge;
  const initialValues = {
    ...documentFormValues(resource, "published"),
    summary: resource?.summary ?? "",
    tags: resource?.tags.join(", ") ?? "",
    url: resource?.url ?? "",
  };
  const form = useFormMutation(
    { mutationFn: createOrUpdate(resource, create.mutate, update.mutate), onSuccess: onDone },
    {
      initialValues,
      fields: Object.keys(initialValues),
      invalidates: [shownIn],
      toInput: ({ summary, tags, url, ...values }) => ({ ...documentInput(values), summary: summary.trim() || null, tags: parseTags(tags), url: url.trim() || null }),
    },
  );

  return (
    <FormBody
      banner={form.banner}
      pending={form.pending}
      onSubmit={form.submit}
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

const resourceKind: RecordKind<Resource> = {
  texts: { newTitle: "New resource", fallbackTitle: "Resource", testId: "knowledge-drawer", deleteLabel: "Delete resource" },
  deleteDescription: "The copilot will no longer find it either. Archive it instead to keep it for the record.",
  Form: ResourceForm,
  Reader: ResourceReader,
};
