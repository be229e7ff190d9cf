import type { Actor } from "../actor";
import { reachOf } from "./reach";

// Tasks: within reach when the people reachOf names are assigned to them; a task anyone created is
// also within reach of its creator.

export type TaskScope = {
  organizationId: string;
  OR?: ({ assigneeId: string } | { createdById: string } | { assignee: { is: { teamId: string } } })[];
};

export function taskScope(actor: Actor): TaskScope {
  const reach = reachOf(actor);
  if (reach.kind === "organization") return { organizationId: reach.organizationId };
  const own = [{ assigneeId: reach.userId }, { createdById: reach.userId }];
  return reach.kind === "team"
    ? { organizationId: reach.organizationId, OR: [...own, { assignee: { is: { teamId: reach.teamId } } }] }
    : { organizationId: reach.organizationId, OR: own };
}
