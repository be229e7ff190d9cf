// Runs once when the server starts, so a missing or malformed variable — or, in production, a
// default secret or a demo login — stops start-up with a message naming it instead of failing
// (or serving) on the first request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { validateEnvironmentOrExit } = await import("./server/validate-environment");
  await validateEnvironmentOrExit();
}
