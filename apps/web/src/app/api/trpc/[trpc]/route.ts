import { handleTrpcRequest } from "@harbor/api";
import { currentSessionId } from "~/server/auth";

export const dynamic = "force-dynamic";

function handler(request: Request) {
  return handleTrpcRequest(request, { getSessionId: currentSessionId });
}

export { handler as GET, handler as POST };
