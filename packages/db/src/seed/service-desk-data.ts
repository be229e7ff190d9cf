// Content for the demo agency's training modules and service desk. Kept apart from the seeding
// logic (seed-service-desk.ts) so the seed reads as a script.

export interface TrainingCourse {
  title: string;
  description: string;
  content: string;
  category: string;
  durationMinutes: number;
  status: "draft" | "published" | "archived";
}

export const trainingCourses: TrainingCourse[] = [
  {
    title: "Welcome to Harbor",
    description: "Finding your way around leads, contacts, the pipeline and the service desk.",
    content: "Leads arrive from forms, imports and referrals. Work them from the kanban, convert the good ones into contacts and opportunities, and log every call so the timeline tells the story.",
    category: "onboarding",
    durationMinutes: 15,
    status: "published",
  },
  {
    title: "Personal lines fundamentals",
    description: "Auto, home, renters and umbrella: what each covers and how they fit together.",
    content: "Start from the client's assets and exposures, then build the account: auto and home first, umbrella above them, and renters for the family members who do not own.",
    category: "product",
    durationMinutes: 45,
    status: "published",
  },
  {
    title: "Running a renewal review",
    description: "A structured 20-minute review that keeps clients and finds coverage gaps.",
    content: "Review life changes, re-rate the account, present options with their trade-offs, and document the client's decision. Use the renewal call script in the knowledge hub.",
    category: "retention",
    durationMinutes: 30,
    status: "published",
  },
  {
    title: "Handling objections",
    description: "Price, timing and \"I already have coverage\": practice answers.",
    content: "Listen, acknowledge, ask a question, compare coverage not only price, and agree on a next step. Role-play the three most common objections with a colleague.",
    category: "sales",
    durationMinutes: 40,
    status: "published",
  },
  {
    title: "Service desk etiquette",
    description: "Replies, internal notes and when to escalate a ticket.",
    content: "Reply to the client in plain words and within one business day; keep speculation and carrier contacts in internal notes; escalate claims disputes to a manager.",
    category: "service",
    durationMinutes: 20,
    status: "published",
  },
  {
    title: "Commercial lines primer",
    description: "BOP, general liability and workers' compensation for small businesses.",
    content: "Draft module: the business owner's policy, general liability, commercial auto and workers' compensation, with a worked example for a bakery.",
    category: "product",
    durationMinutes: 60,
    status: "draft",
  },
  {
    title: "Legacy CRM migration",
    description: "How we moved off the spreadsheet tracker.",
    content: "Archived: the one-time migration steps from the old spreadsheet tracker.",
    category: "onboarding",
    durationMinutes: 10,
    status: "archived",
  },
];

export interface TicketStory {
  subject: string;
  category: string;
  request: string;
  replies: { body: string; internal?: boolean }[];
}

export const ticketStories: TicketStory[] = [
  {
    subject: "Proof of insurance for new car",
    category: "documents",
    request: "I'm picking up my new car on Friday and the dealer needs proof of insurance. Can you send an ID card?",
    replies: [{ body: "Congratulations on the new car! I've added it to your policy and emailed the ID cards." }],
  },
  {
    subject: "Billing date change",
    category: "billing",
    request: "Could my monthly payment come out on the 15th instead of the 1st?",
    replies: [
      { body: "Carrier allows one change per term; requested for next cycle.", internal: true },
      { body: "Done: from next month your payment will be drafted on the 15th." },
    ],
  },
  {
    subject: "Windshield chip repair",
    category: "claims",
    request: "A rock chipped my windshield on the highway. Is the repair covered?",
    replies: [{ body: "Yes, glass repair is covered with no deductible under your comprehensive coverage. Here is the glass claims line." }],
  },
  {
    subject: "Add teenage driver",
    category: "policy change",
    request: "Our daughter just got her license. What do we need to do?",
    replies: [
      { body: "Good-student discount applies if GPA ≥ 3.0 — ask for the transcript.", internal: true },
      { body: "We'll add her today. Please send her license number and her latest report card for the good-student discount." },
    ],
  },
  {
    subject: "Water heater leak in basement",
    category: "claims",
    request: "Our water heater burst overnight and the basement carpet is soaked.",
    replies: [
      { body: "Please stop the water, take photos and call a mitigation company today; keep every receipt. I'm filing the claim now." },
      { body: "Sudden discharge, should be covered. Adjuster assigned: visit Thursday.", internal: true },
    ],
  },
  {
    subject: "Cancel umbrella policy",
    category: "cancellation",
    request: "We sold the rental property. Do we still need the umbrella policy?",
    replies: [{ body: "Client still has two teen drivers — recommend keeping it. Call before processing.", internal: true }],
  },
  {
    subject: "Certificate of insurance for landlord",
    category: "documents",
    request: "My new landlord needs a certificate showing them as an interested party on my renters policy.",
    replies: [{ body: "Sent the certificate to the landlord's email and copied you." }],
  },
  {
    subject: "Premium went up at renewal",
    category: "billing",
    request: "My home premium went up 18% this year. Why?",
    replies: [
      { body: "State-wide rate filing +12%, plus roof age surcharge. Re-shop with two carriers.", internal: true },
      { body: "Most of the increase is a state-wide rate change; I'm re-shopping your policy with two other carriers and will call you Thursday." },
    ],
  },
  {
    subject: "Roadside assistance question",
    category: "coverage",
    request: "Do I have towing coverage? My car broke down last week and I paid out of pocket.",
    replies: [],
  },
  {
    subject: "Update mailing address",
    category: "policy change",
    request: "We moved. New address: 42 Harbor Lane.",
    replies: [{ body: "Address updated on all three policies. The home policy needs a new quote for the new house — I'll call you." }],
  },
  {
    subject: "Hail damage to roof",
    category: "claims",
    request: "The hail storm on Tuesday damaged our roof. Several shingles are gone.",
    replies: [
      { body: "Claim filed; the adjuster will call within two business days. Cover exposed areas with a tarp if you can do it safely." },
      { body: "Wind/hail deductible is 2% of dwelling — warn client.", internal: true },
    ],
  },
  {
    subject: "Life insurance beneficiary change",
    category: "policy change",
    request: "I'd like to add my wife as primary beneficiary on my term life policy.",
    replies: [{ body: "I've emailed the carrier's beneficiary change form for e-signature." }],
  },
];
