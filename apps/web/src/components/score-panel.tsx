import { Badge, type BadgeTone } from "~/components/ui/badge";
import { formatDate } from "~/lib/format";
import type { RouterOutputs } from "~/trpc/types";

/** A stored score as a record's page reads it (crm.*.get `scores`): never recomputed by the browser. */
export type StoredScore = NonNullable<RouterOutputs["crm"]["contacts"]["get"]["scores"]["health"]>;

// Bands name how good the number is for a score where higher is better (lead, health, deal
// probability); for a risk (churn, renewal) a high band is the bad one.
const goodBandTones: Record<string, BadgeTone> = { hot: "green", high: "green", warm: "amber", medium: "amber", cold: "red", low: "red" };
const riskBandTones: Record<string, BadgeTone> = { high: "red", medium: "amber", low: "green" };

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "0");

/**
 * One explainable score: its number, band and confidence, every factor with the points it moved
 * the score by and why, and when it was computed.
 */
export function ScorePanel({ title, score, risk = false, testId }: { title: string; score: StoredScore | null; risk?: boolean; testId: string }) {
  if (!score) {
    return (
      <section aria-label={title} className="rounded-lg border border-zinc-200 p-3 text-sm" data-testid={testId}>
        <h3 className="text-xs font-medium tracking-wide text-zinc-500 uppercase">{title}</h3>
        <p className="mt-1 text-zinc-500">Not scored yet: scores are computed when the record changes and every night.</p>
      </section>
    );
  }
  const tones = risk ? riskBandTones : goodBandTones;
  return (
    <section aria-label={title} className="rounded-lg border border-zinc-200 p-3 text-sm" data-testid={testId} data-score={score.score} data-band={score.band}>
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="text-xs font-medium tracking-wide text-zinc-500 uppercase">{title}</h3>
        <span className="text-xs text-zinc-500">Computed {formatDate(score.computedAt)}</span>
      </div>
      <div className="mt-1 flex items-center gap-2">
        <span className="text-2xl font-semibold text-zinc-900 tabular-nums" data-testid="score-value">
          {score.score}
        </span>
        <Badge tone={tones[score.band] ?? "neutral"}>{score.band}</Badge>
        {score.confidence ? <span className="text-xs text-zinc-500">{score.confidence} confidence</span> : null}
      </div>
      <ul className="mt-2 divide-y divide-zinc-100" aria-label={`What makes up the ${title.toLowerCase()}`}>
        {score.factors.map((factor) => (
          <li key={factor.name} className="flex items-start justify-between gap-3 py-1.5" data-testid="score-factor" data-direction={factor.direction}>
            <div className="min-w-0">
              <p className="text-xs font-medium text-zinc-800">{factor.name}</p>
              <p className="text-xs text-zinc-600">{factor.explanation}</p>
            </div>
            <span
              className={
                factor.direction === "neutral"
                  ? "shrink-0 text-xs text-zinc-400 tabular-nums"
                  : (factor.direction === "raises") !== risk
                    ? "shrink-0 text-xs font-medium text-emerald-700 tabular-nums"
                    : "shrink-0 text-xs font-medium text-red-700 tabular-nums"
              }
              title={`${factor.direction} the score (weight ${factor.weight})`}
            >
              {signed(factor.value)} <span className="sr-only">{factor.direction}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
