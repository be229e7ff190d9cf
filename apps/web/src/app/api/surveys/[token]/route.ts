import { handleSurveyRequest } from "@harbor/api";

export const dynamic = "force-dynamic";

/** A survey's public link, no sign-in: GET its questions, POST { answers }. */
export function GET(request: Request) {
  return handleSurveyRequest(request);
}

export function POST(request: Request) {
  return handleSurveyRequest(request);
}
