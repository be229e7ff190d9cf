"use client";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Options, SelectField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { SecretValue } from "~/components/ui/secret-value";
import { roleLabels, type RoleName } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { TeamOptions } from "./team-options";

const emptyForm = { email: "", name: "", role: "agent" as RoleName, teamId: "" };

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const form = useFormMutation(
    trpc.admin.users.create.mutationOptions(),
    {
      initialValues: emptyForm,
      fields: Object.keys(emptyForm),
      invalidates: [trpc.admin.users.pathFilter(), trpc.crm.teams.pathFilter()],
      toInput: (values) => ({ ...values, teamId: values.teamId || null }),
      onClose,
    },
  );

  const created = form.mutation.data;
  return (
    <FormDialog
      form={form}
      open={open}
      title={created ? `${created.name} can now sign in` : "Add a user"}
      description={created ? undefined : "They sign in with their email and a temporary password you pass on."}
      testId="create-user-dialog"
      submitLabel="Add user"
      pendingLabel="Adding…"
      done={
        created ? (
          <div className="space-y-4">
            {created.temporaryPassword ? (
              <>
                <p className="text-sm text-zinc-600">
                  Temporary password for <span className="font-medium text-zinc-900">{created.email}</span>:
                </p>
                <SecretValue value={created.temporaryPassword} testId="temporary-password" />
                <Alert tone="warning">This is the only time the password is shown. Pass it on through a channel you trust.</Alert>
              </>
            ) : (
              <p className="text-sm text-zinc-600">They can sign in with the password that was set.</p>
            )}
            <div className="flex justify-end">
              <Button onClick={form.close}>Done</Button>
            </div>
          </div>
        ) : undefined
      }
    >
      <TextField {...form.field("name", "Name")} required />
      <TextField {...form.field("email", "Email")} type="email" required />
      <SelectField {...form.field("role", "Role")}>
        <Options options={roleLabels} />
      </SelectField>
      <SelectField {...form.field("teamId", "Team")} hint="A manager sees the records of everyone in their team.">
        <TeamOptions />
      </SelectField>
    </FormDialog>
  );
}
