import { z } from "zod";
import { idSchema } from "../shared.schema";

export const listAgentsInput = z.object({ teamId: idSchema.optional() });
