import { Inngest } from "inngest";

// The one Inngest client. The worker serves functions built on it; services send events with it.
// In development it talks to the Inngest dev server (INNGEST_DEV=1); in production to Inngest
// Cloud or a self-hosted Inngest with INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY.
export const inngest = new Inngest({ id: "harbor" });
