import { calendarTools } from "./calendar-tools";
import { leadTools } from "./lead-tools";
import { readTools } from "./read-tools";
import type { CopilotTool } from "./tool-registry";
import { writeTools } from "./write-tools";

/** Every tool the copilot declares to the model, in the order it lists them. */
export const copilotTools: readonly CopilotTool[] = [...readTools, ...leadTools, ...calendarTools, ...writeTools];

export { runTool, toDeclaration, copilotEntityTypes, type CopilotAction, type CopilotEntityType, type CopilotTool, type ToolCallResult } from "./tool-registry";
