"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "~/components/ui/toast";
import { describeApiError } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";

export type TrashEntityType = RouterInputs["crm"]["trash"]["restore"]["entityType"];

/**
 * After a delete: the toast that says where the record went, with "Undo", which restores it from
 * the trash (crm.trash.restore) and refetches every list and page that may show it.
 */
export function useUndoDelete() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const restore = useMutation(
    trpc.crm.trash.restore.mutationOptions({
      onSuccess: async () => {
        toast("Restored.", "success");
        await queryClient.invalidateQueries(trpc.crm.pathFilter());
      },
      onError: (error) => toast(`Could not restore: ${describeApiError(error).message}`, "error"),
    }),
  );
  return (deleted: { entityType: TrashEntityType; id: string; label: string }) =>
    toast(`${deleted.label} was moved to the trash.`, "success", {
      label: "Undo",
      onClick: () => restore.mutate({ entityType: deleted.entityType, id: deleted.id }),
    });
}
