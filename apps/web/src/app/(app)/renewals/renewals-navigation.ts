export interface RenewalsSection {
  href: "/renewals/claims" | "/renewals/surveys";
  label: string;
}

// The cases worklist, renewal files and dashboard join this list when they land.
export const renewalsSections: RenewalsSection[] = [
  { href: "/renewals/claims", label: "Claims" },
  { href: "/renewals/surveys", label: "Surveys" },
];
