export {
  geminiError,
  geminiFunctionCall,
  geminiJson,
  geminiParts,
  geminiText,
  startFakeGeminiServer,
  type FakeGeminiPart,
  type FakeGeminiReply,
  type FakeGeminiRequest,
  type FakeGeminiRequestBody,
  type FakeGeminiServer,
} from "./fake-gemini-server";
