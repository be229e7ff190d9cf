import { db, type Prisma, type PublicationStatus } from "@harbor/db";
import { within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readModelList } from "../../pagination";
import { containsText } from "../../text-search";
import { publishedDocumentScope } from "../../../access/scopes/published-document-scope";
import { documentFilters } from "../documents/document-fields";
import { trainingListSelect } from "./training-select";

const byPosition: KeysetSort<"position"> = { field: "position", direction: "asc", kind: "number" };

export interface ListTrainingInput extends ListPageInput {
  category?: string;
  status?: PublicationStatus;
}

export async function listTrainingModules({ actor, cursor, limit, search, category, status }: ListTrainingInput) {
  const filters: Prisma.TrainingModuleWhereInput[] = documentFilters({ category, status, search }, (term): Prisma.TrainingModuleWhereInput[] => [
    { title: containsText(term) },
    { description: containsText(term) },
  ]);
  const where = within(publishedDocumentScope(actor), { AND: filters });
  return readModelList({ model: db.trainingModule, select: trainingListSelect, where, sort: byPosition, cursor, limit, search });
}
