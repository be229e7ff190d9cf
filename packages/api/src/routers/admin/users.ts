import { createUser, deactivateUser, listUsers, updateUser } from "../../services/admin/users";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import {
  createUserInput,
  createUserOutput,
  deactivateUserInput,
  deactivateUserOutput,
  listUsersInput,
  listUsersOutput,
  updateUserInput,
  userOutput,
} from "./users.schema";

const manageUsers = requirePermission("users:manage", { auditEntity: "user" });

export const usersRouter = createTRPCRouter({
  list: manageUsers.input(listUsersInput).output(listUsersOutput).query(serve(listUsers)),

  create: manageUsers
    .input(createUserInput)
    .output(createUserOutput)
    .mutation(async ({ ctx, input }) => {
      const { user, temporaryPassword } = await createUser({ actor: ctx.actor, ...input });
      return { ...user, temporaryPassword: temporaryPassword ?? null };
    }),

  update: manageUsers.input(updateUserInput).output(userOutput).mutation(serve(updateUser)),

  /** With `transferTo`, the user's open book moves to that colleague in the same transaction. */
  deactivate: manageUsers.input(deactivateUserInput).output(deactivateUserOutput).mutation(serve(deactivateUser)),
});
