"use client";

import { TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { useTRPC, useTRPCClient } from "~/trpc/react";

type TeamInput = { name: string; description: string | null };

/** Creates a team, or renames one (`team` given). */
export function TeamFormDialog({ team, onClose }: { team?: { id: string; name: string; description: string | null }; onClose: (created?: { id: string }) => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const form = useFormMutation(
    {
      mutationFn: (input: TeamInput) => (team ? client.crm.teams.update.mutate({ id: team.id, ...input }) : client.crm.teams.create.mutate(input)),
      onSuccess: (saved: { id: string }) => onClose(saved),
    },
    {
      initialValues: { name: team?.name ?? "", description: team?.description ?? "" },
      fields: ["name", "description"],
      invalidates: [trpc.crm.teams.pathFilter()],
      onClose: () => onClose(),
    },
  );
  return (
    <FormDialog
      form={form}
      title={team ? `Rename ${team.name}` : "New team"}
      description={team ? undefined : "A team's manager sees the records of everyone in it."}
      testId="team-form-dialog"
      onSubmit={() => form.mutation.mutate({ name: form.values.name, description: form.values.description.trim() || null })}
      submitLabel={team ? "Save" : "Create team"}
      pendingLabel="Saving…"
    >
      <TextField {...form.field("name", "Team name")} required autoFocus />
      <TextAreaField {...form.field("description", "Description")} placeholder="e.g. Personal lines, coastal counties" />
    </FormDialog>
  );
}
