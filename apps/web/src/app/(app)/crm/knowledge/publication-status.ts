import type { BadgeTone } from "~/components/ui/badge";
import type { RouterOutputs } from "~/trpc/types";

export type PublicationStatus = RouterOutputs["crm"]["knowledge"]["list"]["items"][number]["status"];

export const publicationStatusLabels: Record<PublicationStatus, string> = { draft: "Draft", published: "Published", archived: "Archived" };
export const publicationStatusTones: Record<PublicationStatus, BadgeTone> = { draft: "amber", published: "green", archived: "neutral" };
