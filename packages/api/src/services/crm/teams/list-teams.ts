import { db, type Prisma } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { organizationScope, within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readModelList } from "../../pagination";
import { containsText } from "../../text-search";
import { teamListSelect, withMemberCount } from "./team-select";

const byName: KeysetSort<"name"> = { field: "name", direction: "asc", kind: "string" };

export type ListTeamsInput = ListPageInput<UserActor>;

export async function listTeams({ actor, cursor, limit, search }: ListTeamsInput) {
  const where: Prisma.TeamWhereInput = within(organizationScope(actor), search ? { name: containsText(search) } : {});
  const { items, ...page } = await readModelList({ model: db.team, select: teamListSelect, where, sort: byName, cursor, limit, search });
  return { items: items.map(withMemberCount), ...page };
}
