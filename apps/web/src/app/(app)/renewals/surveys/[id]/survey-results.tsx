"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "~/components/ui/alert";
import { MeterBar } from "~/components/ui/meter";
import { StatCard } from "~/components/ui/stat-card";
import { describeApiError } from "~/lib/api-errors";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";

type Results = RouterOutputs["renewals"]["surveys"]["results"];
type QuestionResult = Results["questions"][number];

const npsTone = (score: number) => (score >= 30 ? "green" : score >= 0 ? "amber" : "red");

export function SurveyResults({ id }: { id: string }) {
  const trpc = useTRPC();
  const results = useQuery(trpc.renewals.surveys.results.queryOptions({ id }));
  if (results.isError) return <Alert tone="error" className="mt-6">{describeApiError(results.error).message}</Alert>;
  if (!results.data) return <p className="mt-6 text-sm text-zinc-500">Loading results…</p>;
  const data = results.data;

  return (
    <div className="mt-6 space-y-6" data-testid="survey-results">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard label="Responses" value={data.responseCount} data-testid="survey-response-count" />
        <StatCard
          label="NPS"
          value={data.nps ? data.nps.score : "—"}
          tone={data.nps ? npsTone(data.nps.score) : "neutral"}
          hint={data.nps ? `${data.nps.promoters} promoters · ${data.nps.passives} passives · ${data.nps.detractors} detractors` : "No answers yet"}
          data-testid="survey-nps"
        />
        <StatCard label="Invited" value={data.invited} />
        <StatCard label="Invites answered" value={data.invitesAnswered} />
      </div>
      <section aria-label="Answers by question" className="space-y-4">
        {data.questions.map((question) => (
          <QuestionSummary key={question.id} question={question} />
        ))}
      </section>
      <section aria-label="Latest responses">
        <h2 className="text-sm font-semibold text-zinc-900">Latest responses</h2>
        {data.responses.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-500">No one has answered yet.</p>
        ) : (
          <ul className="mt-2 divide-y divide-zinc-100 rounded-lg border border-zinc-200">
            {data.responses.map((response) => (
              <li key={response.id} className="px-4 py-3 text-sm" data-testid="survey-response">
                <p className="text-xs text-zinc-500">
                  {response.contact?.name ?? "Open link"} · {formatDate(response.createdAt)}
                </p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                  {data.questions
                    .filter((question) => question.id in response.answers)
                    .map((question) => (
                      <div key={question.id} className="contents">
                        <dt className="text-zinc-500">{question.text}</dt>
                        <dd className="text-zinc-900">{response.answers[question.id]}</dd>
                      </div>
                    ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function QuestionSummary({ question }: { question: QuestionResult }) {
  const most = Math.max(1, ...question.distribution.map((bucket) => bucket.count));
  return (
    <div className="rounded-lg border border-zinc-200 p-4" data-testid="question-summary" data-question-id={question.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-medium text-zinc-900">{question.text}</h3>
        <p className="text-xs text-zinc-500">
          {question.answered} answered
          {question.average !== null ? ` · average ${question.average}` : ""}
          {question.nps ? ` · NPS ${question.nps.score}` : ""}
        </p>
      </div>
      {question.distribution.length > 0 ? (
        <ul className="mt-3 space-y-1.5">
          {question.distribution.map((bucket) => (
            <li key={bucket.value} className="grid grid-cols-[6rem_1fr_2.5rem] items-center gap-2 text-xs">
              <span className="truncate text-zinc-600">{bucket.value}</span>
              <MeterBar value={(bucket.count / most) * 100} tone="indigo" label={`${bucket.value}: ${bucket.count}`} />
              <span className="text-right text-zinc-600 tabular-nums">{bucket.count}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-xs text-zinc-500">Free-text answers are listed under the latest responses.</p>
      )}
    </div>
  );
}
