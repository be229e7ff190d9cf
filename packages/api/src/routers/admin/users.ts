import { createUser, deactivateUser, listUsers, updateUser } from "../../services/admin/users";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { createUserInput, deactivateUserInput, listUsersInput, updateUserInput } from "./users.schema";

const manageUsers = requirePermission("users:manage");

export const usersRouter = createTRPCRouter({
  list: manageUsers.input(listUsersInput).query(({ ctx, input }) => listUsers({ actor: ctx.actor, ...input })),

  create: manageUsers
    .meta({ access: "users:manage", auditEntity: "user" })
    .input(createUserInput)
    .mutation(async ({ ctx, input }) => {
      const { user, temporaryPassword } = await createUser({ actor: ctx.actor, ...input });
      return { ...user, temporaryPassword: temporaryPassword ?? null };
    }),

  update: manageUsers
    .meta({ access: "users:manage", auditEntity: "user" })
    .input(updateUserInput)
    .mutation(({ ctx, input }) => updateUser({ actor: ctx.actor, ...input })),

  deactivate: manageUsers
    .meta({ access: "users:manage", auditEntity: "user" })
    .input(deactivateUserInput)
    .mutation(({ ctx, input }) => deactivateUser({ actor: ctx.actor, id: input.id })),
});
