"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { ListToolbar, nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { SearchInput } from "~/components/ui/search-input";
import { Segmented } from "~/components/ui/segmented";
import { numberColumn, NumberTd, Table, Td } from "~/components/ui/table";
import { optionsFrom } from "~/components/ui/options";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { SurveyBuilder } from "./survey-builder";
import { surveyStatusLabels, surveyStatusTones } from "./survey-labels";

type StatusFilter = NonNullable<RouterInputs["renewals"]["surveys"]["list"]["status"]> | "all";

const statusOptions = optionsFrom<StatusFilter>({ all: "All", draft: "Drafts", published: "Open", closed: "Closed" });

export function SurveysView({ canWrite }: { canWrite: boolean }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<StatusFilter>("all");
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const surveys = useInfiniteQuery(
    trpc.renewals.surveys.list.infiniteQueryOptions(
      { limit: 50, status: status === "all" ? undefined : status, search: search || undefined },
      nextCursorPages,
    ),
  );
  const { rows } = pagedRows(surveys.data);

  return (
    <>
      <PageHeader
        title="Surveys"
        description="Ask customers how their renewal went: an open link, or one link per invited contact."
        create={canWrite && { label: "New survey", testId: "open-create-survey", onClick: () => setCreating(true) }}
      />
      <ListToolbar>
        <Segmented label="Status" options={statusOptions} value={status} onChange={setStatus} testId="survey-status-filter" />
        <SearchInput label="Search surveys" placeholder="Search titles" value={search} onSearch={setSearch} className="w-56" />
      </ListToolbar>
      <PagedList
        query={surveys}
        noun={["survey", "surveys"]}
        empty={<EmptyState title="No surveys yet">{canWrite ? "Create one, publish it, and share its link." : "None match."}</EmptyState>}
      >
        <Table label="Surveys" testId="surveys-table" columns={["Title", "Status", numberColumn("Questions"), numberColumn("Responses"), numberColumn("Invited"), "Created"]}>
          <tbody>
            {rows.map((survey) => (
              <tr key={survey.id} data-testid="survey-row">
                <Td>
                  <Link href={`/renewals/surveys/${survey.id}`} className="font-medium text-indigo-700 hover:underline">
                    {survey.title}
                  </Link>
                </Td>
                <Td>
                  <Badge tone={surveyStatusTones[survey.status]}>{surveyStatusLabels[survey.status]}</Badge>
                </Td>
                <NumberTd>{survey.questions.length}</NumberTd>
                <NumberTd>{survey.responseCount}</NumberTd>
                <NumberTd>{survey.inviteCount}</NumberTd>
                <Td>{formatDate(survey.createdAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
      {canWrite && creating ? <SurveyBuilder onClose={() => setCreating(false)} /> : null}
    </>
  );
}
