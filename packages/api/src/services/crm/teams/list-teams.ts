import { db, type Prisma } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { organizationScope, within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readKeysetList } from "../../pagination";
import { containsText } from "../../text-search";
import { teamListSelect, withMemberCount } from "./team-select";

const byName: KeysetSort = { field: "name", direction: "asc", kind: "string" };

export type ListTeamsInput = ListPageInput<UserActor>;

export async function listTeams({ actor, cursor, limit, search }: ListTeamsInput) {
  const where: Prisma.TeamWhereInput = within(organizationScope(actor), search ? { name: containsText(search) } : {});
  const { items, ...page } = await readKeysetList({
    where,
    sort: byName,
    cursor,
    limit,
    search,
    findMany: (args) => db.team.findMany({ ...args, select: teamListSelect }),
    count: (args) => db.team.count(args),
    valueOf: (row) => row.name,
  });
  return { items: items.map(withMemberCount), ...page };
}
