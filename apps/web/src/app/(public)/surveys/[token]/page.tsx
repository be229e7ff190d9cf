import { AppError } from "@harbor/api";
import { publicSurvey } from "@harbor/api/services/renewals/surveys/respond-survey";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SurveyForm } from "./survey-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Survey", robots: { index: false } };

/** A survey's public link: its questions, answered without signing in (POST /api/surveys/<token>). */
export default async function PublicSurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const survey = await publicSurvey({ token }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!survey) notFound();
  return <SurveyForm token={token} survey={survey} />;
}
