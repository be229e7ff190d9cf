import { clientIpFrom } from "./client-ip";
import { withBodyLimit } from "./http";
import { appErrorResponse, errorResponse, jsonResponse } from "./http-responses";
import { publicSurvey, submitSurveyResponse } from "./services/renewals/surveys";

// /api/surveys/<token>, no sign-in (mounted by the web app; a plain Fetch handler, so any server
// can mount it): GET → the survey's title and questions; POST { answers: { <questionId>: value } }
// → 201 { id }. 404 for unknown tokens, draft or closed surveys and answered invites; 400 naming
// the question an answer does not fit; 409 when an invite is answered twice at once; 429 past the
// per IP + token limit (with Retry-After).

/** Answers are small; a larger body is refused before it is read. */
export const SURVEY_RESPONSE_MAX_BYTES = 64 * 1024;

const tokenOf = (request: Request) => /\/surveys\/([^/]+)\/?$/.exec(new URL(request.url).pathname)?.[1] ?? "";

async function readAnswers(request: Request): Promise<{ answers: unknown } | Response> {
  let body: unknown;
  try {
    body = JSON.parse(await withBodyLimit(request, SURVEY_RESPONSE_MAX_BYTES).text());
  } catch (error) {
    if (error instanceof SyntaxError) return errorResponse(400, "VALIDATION_ERROR", "The body must be JSON: { \"answers\": { \"<questionId>\": value } }");
    return errorResponse(413, "VALIDATION_ERROR", `The body is larger than ${SURVEY_RESPONSE_MAX_BYTES / 1024} KB (the limit)`);
  }
  if (!body || typeof body !== "object" || !("answers" in body)) {
    return errorResponse(400, "VALIDATION_ERROR", "The body must be { \"answers\": { \"<questionId>\": value } }", { answers: ["Required"] });
  }
  return { answers: body.answers };
}

export async function handleSurveyRequest(request: Request): Promise<Response> {
  const token = decodeURIComponent(tokenOf(request));
  try {
    if (request.method === "GET" || request.method === "HEAD") return jsonResponse(200, await publicSurvey({ token }));
    if (request.method !== "POST") return errorResponse(405, "VALIDATION_ERROR", "Use GET or POST", undefined, { allow: "GET, HEAD, POST" });
    const read = await readAnswers(request);
    if (read instanceof Response) return read;
    const response = await submitSurveyResponse({
      token,
      answers: read.answers,
      ip: clientIpFrom(request.headers),
      userAgent: request.headers.get("user-agent"),
    });
    return jsonResponse(201, { id: response.id });
  } catch (error) {
    return appErrorResponse(error);
  }
}
