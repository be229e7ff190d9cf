import type { ToolDeclaration } from "@harbor/ai";
import { db } from "@harbor/db";
import type { z } from "zod";
import type { UserActor } from "../../../access/actor";
import { hasPermission, type Permission } from "../../../access/permissions";
import { AppError } from "../../../errors";
import { recordAudit, withPendingAudit } from "../../audit";

// The copilot's tools. Each one validates the model's arguments with the schema of the procedure
// it stands for, checks the same permission, and calls the same service with the caller's actor,
// so record scope applies unchanged: the copilot can do nothing its user could not do by hand.
// A refusal is not an exception to the chat; it goes back to the model as the tool's error.

export const copilotEntityTypes = ["lead", "contact", "opportunity", "policy", "ticket", "renewalCase", "task", "appointment", "knowledge"] as const;
export type CopilotEntityType = (typeof copilotEntityTypes)[number];

export interface CopilotAction {
  kind: "created" | "updated" | "logged" | "drafted" | "scheduled";
  entityType: CopilotEntityType;
  entityId: string | null;
  label: string;
}

export interface ToolOutcome {
  result: Record<string, unknown>;
  action?: CopilotAction;
}

export interface CopilotTool<Schema extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  parameters: Schema;
  /** The permission of the procedure the tool stands for. */
  permission: Permission;
  /** What the refusal tells the model, e.g. "create leads". */
  refusal: string;
  /** The entity a writing tool's audit row records (as the procedure's `auditEntity`). */
  auditEntity?: string;
  run(args: z.output<Schema>, actor: UserActor): Promise<ToolOutcome>;
}

/** Types `run`'s arguments from the tool's own schema while collecting tools in one list. */
export const defineTool = <Schema extends z.ZodType>(tool: CopilotTool<Schema>): CopilotTool => tool;

export const toDeclaration = (tool: CopilotTool): ToolDeclaration => ({ name: tool.name, description: tool.description, parameters: tool.parameters });

export type ToolCallResult =
  | { name: string; args: Record<string, unknown>; ok: true; result: Record<string, unknown>; action?: CopilotAction }
  | { name: string; args: Record<string, unknown>; ok: false; error: string };

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "arguments"}: ${issue.message}`).join("; ");
}

/**
 * Runs one function call as the user. Unknown tools, invalid arguments, missing permissions and
 * domain errors (not found, duplicate, do-not-contact) come back as `{ ok: false, error }`; a
 * failure that is not a domain error (the database down) still throws.
 */
export async function runTool(
  tools: readonly CopilotTool[],
  call: { name: string; args: Record<string, unknown> },
  actor: UserActor,
): Promise<ToolCallResult> {
  const { name, args } = call;
  const tool = tools.find((candidate) => candidate.name === name);
  if (!tool) return { name, args, ok: false, error: `There is no tool named ${name}` };
  if (!hasPermission(actor.role, tool.permission)) {
    return { name, args, ok: false, error: `Not permitted: the user's role (${actor.role}) may not ${tool.refusal} (${tool.permission}).` };
  }
  const parsed = tool.parameters.safeParse(args);
  if (!parsed.success) return { name, args, ok: false, error: `Invalid arguments: ${describeIssues(parsed.error)}` };
  // The tool's service writes this row in its own transaction (services/audit); a tool that wrote
  // nothing there (a read) is recorded after it. The action's entity is known only afterwards.
  const entry = { actor, action: `copilot.${name}`, entityType: tool.auditEntity ?? "copilot", changes: args, via: "copilot" as const };
  let outcome: ToolOutcome;
  let written: boolean;
  try {
    ({ result: outcome, written } = await withPendingAudit(entry, () => tool.run(parsed.data, actor)));
  } catch (error) {
    if (error instanceof AppError) {
      const fields = error.details?.fieldErrors ? ` (${Object.entries(error.details.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`).join("; ")})` : "";
      return { name, args, ok: false, error: `${error.message}${fields}` };
    }
    throw error;
  }
  if (!written) {
    await recordAudit(db, { ...entry, entityType: outcome.action?.entityType ?? entry.entityType, entityId: outcome.action?.entityId ?? null });
  }
  return { name, args, ok: true, result: outcome.result, ...(outcome.action ? { action: outcome.action } : {}) };
}
