import type { Prisma } from "@harbor/db";

export const teamMemberSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  title: true,
} as const satisfies Prisma.UserSelect;

export const teamListSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { members: { where: { status: "active" } } } },
} as const satisfies Prisma.TeamSelect;

type TeamRow = Prisma.TeamGetPayload<{ select: typeof teamListSelect }>;

export function withMemberCount({ _count, ...team }: TeamRow) {
  return { ...team, memberCount: _count.members };
}
