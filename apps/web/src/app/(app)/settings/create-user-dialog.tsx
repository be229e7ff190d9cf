"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField, TextField } from "~/components/ui/field";
import { SecretValue } from "~/components/ui/secret-value";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { roleLabels, type RoleName, roleNames } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

const emptyForm = { email: "", name: "", role: "agent" as RoleName };

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(emptyForm);
  const create = useMutation(
    trpc.admin.users.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.admin.users.pathFilter()),
    }),
  );
  const problem = create.error ? describeApiError(create.error) : null;

  function close() {
    create.reset();
    setValues(emptyForm);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(values);
  }

  const created = create.data;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={created ? `${created.name} can now sign in` : "Add a user"}
      description={created ? undefined : "They sign in with their email and a temporary password you pass on."}
      data-testid="create-user-dialog"
    >
      {created ? (
        <div className="space-y-4">
          {created.temporaryPassword ? (
            <>
              <p className="text-sm text-zinc-600">
                Temporary password for <span className="font-medium text-zinc-900">{created.email}</span>:
              </p>
              <SecretValue value={created.temporaryPassword} testId="temporary-password" />
              <Alert tone="warning">
                This is the only time the password is shown. Pass it on through a channel you trust.
              </Alert>
            </>
          ) : (
            <p className="text-sm text-zinc-600">They can sign in with the password that was set.</p>
          )}
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-4" noValidate>
          {problem ? <Alert tone="error">{problem.message}</Alert> : null}
          <TextField
            label="Name"
            name="name"
            required
            value={values.name}
            onChange={(event) => setValues({ ...values, name: event.target.value })}
            error={fieldMessage("Name", problem?.fieldErrors.name)}
          />
          <TextField
            label="Email"
            name="email"
            type="email"
            required
            value={values.email}
            onChange={(event) => setValues({ ...values, email: event.target.value })}
            error={fieldMessage("Email", problem?.fieldErrors.email)}
          />
          <SelectField
            label="Role"
            name="role"
            value={values.role}
            onChange={(event) => setValues({ ...values, role: event.target.value as RoleName })}
            error={fieldMessage("Role", problem?.fieldErrors.role)}
          >
            {roleNames.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </SelectField>
          <div className="flex justify-end gap-2 pt-1">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? "Adding…" : "Add user"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
