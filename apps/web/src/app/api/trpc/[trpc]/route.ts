import { handleTrpcRequest } from "@harbor/api";
import { auth } from "~/server/auth";

export const dynamic = "force-dynamic";

function handler(request: Request) {
  return handleTrpcRequest(request, { getSessionUserId: async () => (await auth())?.user?.id });
}

export { handler as GET, handler as POST };
