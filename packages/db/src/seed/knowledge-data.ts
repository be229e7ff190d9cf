// Content for the demo agency's knowledge hub. Kept apart from the seeding logic
// (seed-service-desk.ts) so the seed reads as a script.

export interface KnowledgeArticle {
  title: string;
  summary: string;
  content: string;
  category: "coverage" | "scripts" | "claims" | "objections" | "compliance";
  tags: string[];
  status?: "draft" | "published";
}

export const knowledgeArticles: KnowledgeArticle[] = [
  {
    title: "Umbrella liability coverage explained",
    summary: "What an umbrella policy adds on top of auto and home, and how to size the limit.",
    content:
      "An umbrella policy adds liability coverage above the limits of a client's auto and homeowners policies. It pays judgments, " +
      "settlements and legal defense once the underlying limits are exhausted, and it also covers some claims the underlying policies " +
      "exclude, such as libel or slander. Carriers require minimum underlying limits (typically 250/500 on auto and 300,000 on home), " +
      "so check them before quoting. A simple rule of thumb: suggest an umbrella limit at least equal to the client's net worth, and " +
      "raise it for clients with teenage drivers, a pool, rental properties or a boat.",
    category: "coverage",
    tags: ["umbrella", "liability", "cross-sell"],
  },
  {
    title: "HO-3 versus HO-5 homeowners policies",
    summary: "Named perils versus open perils on personal property, and when the upgrade is worth it.",
    content:
      "Both forms cover the dwelling on an open-perils basis. The difference is personal property: HO-3 covers belongings only for " +
      "named perils (fire, theft, windstorm and the rest of the list), while HO-5 covers them for any cause not excluded. HO-5 also " +
      "tends to settle contents at replacement cost. Recommend HO-5 to clients with newer homes and valuable contents; remind every " +
      "client that flood and earthquake are excluded from both and need separate policies.",
    category: "coverage",
    tags: ["homeowners", "ho-3", "ho-5"],
  },
  {
    title: "Flood insurance and the NFIP",
    summary: "Why homeowners policies exclude flood, what NFIP covers, and the 30-day waiting period.",
    content:
      "Standard homeowners policies exclude flood damage. The National Flood Insurance Program (NFIP) covers the building up to " +
      "250,000 and contents up to 100,000; private flood carriers offer higher limits and additional living expenses. NFIP policies " +
      "have a 30-day waiting period, so quote flood early in the season, not when a storm is forecast. Clients outside high-risk zones " +
      "still file a large share of flood claims, and their premiums are usually modest.",
    category: "coverage",
    tags: ["flood", "nfip", "homeowners"],
  },
  {
    title: "Auto liability limits in plain words",
    summary: "Reading 100/300/100 and why state minimums leave clients exposed.",
    content:
      "Split limits read per person / per accident / property damage in thousands: 100/300/100 pays up to 100,000 for one injured " +
      "person, 300,000 for everyone injured in the accident and 100,000 for property. State minimums are far below what a serious " +
      "accident costs. Recommend at least 100/300/100, uninsured and underinsured motorist coverage at the same limits, and an umbrella " +
      "policy for clients with significant assets.",
    category: "coverage",
    tags: ["auto", "liability", "limits"],
  },
  {
    title: "Term versus whole life insurance",
    summary: "How to explain the trade-off between affordable term coverage and permanent whole life.",
    content:
      "Term life covers a set period (10, 20 or 30 years) at a low premium and pays only if the insured dies within the term. Whole " +
      "life is permanent, builds cash value and costs several times more for the same death benefit. For most young families, term " +
      "coverage of ten to twelve times income while the mortgage and children depend on them is the right starting point; whole life " +
      "fits estate planning and clients who want forced savings.",
    category: "coverage",
    tags: ["life", "term", "whole-life"],
  },
  {
    title: "Renewal call script",
    summary: "The call to make 45 days before a policy renews.",
    content:
      "Open with the renewal date and thank the client for their loyalty. Confirm what changed this year: new drivers, vehicles, " +
      "renovations, a home business, valuables. Explain any premium change before the client sees the bill, and name the reason " +
      "(rate filing, claims, coverage change). Offer a coverage review, mention umbrella coverage if their assets have grown, and " +
      "close by confirming the payment method and the best way to reach them.",
    category: "scripts",
    tags: ["renewals", "script", "retention"],
  },
  {
    title: "Premium increase conversation",
    summary: "Keeping the client when the renewal premium rises.",
    content:
      "Call before the renewal notice arrives. Acknowledge the increase plainly, explain that rates rose across the market because of " +
      "repair costs and weather losses, then show what the agency did: discounts applied, deductibles reviewed, carriers re-shopped. " +
      "Offer options with their trade-offs (higher deductible, bundling home and auto, telematics discount) and let the client choose. " +
      "Log the conversation and schedule a follow-up before the renewal date.",
    category: "scripts",
    tags: ["renewals", "pricing", "retention"],
  },
  {
    title: "Auto claims process: first notice of loss",
    summary: "What to collect when a client reports an accident, and what happens next.",
    content:
      "Make sure everyone is safe and the police have been called if anyone is hurt. Collect the date, time and place of loss, the " +
      "other driver's name, insurer and policy number, photos of both vehicles, and the police report number. File the first notice " +
      "of loss with the carrier the same day and give the client the claim number. Explain rental coverage, the deductible and the " +
      "choice of repair shop, and tell them an adjuster will contact them within two business days.",
    category: "claims",
    tags: ["claims", "auto", "fnol"],
  },
  {
    title: "Homeowners water damage claims",
    summary: "Sudden leaks are covered, slow leaks and flood are not; mitigation comes first.",
    content:
      "Sudden and accidental water damage (a burst pipe, a failed water heater) is covered; gradual leaks, seepage and flood are not. " +
      "Tell the client to stop the water, photograph the damage and start drying within 24 hours, because the policy requires them to " +
      "prevent further loss. Keep receipts for emergency mitigation. Report the claim to the carrier with the photos and the plumber's " +
      "invoice that names the cause.",
    category: "claims",
    tags: ["claims", "homeowners", "water"],
  },
  {
    title: "Objection handling: \"It's too expensive\"",
    summary: "Turning a price objection into a coverage conversation.",
    content:
      "Agree that price matters, then ask what the client is comparing against: often a quote with lower limits or a higher deductible. " +
      "Compare coverage line by line, show the cost of one uncovered claim against the yearly difference in premium, and offer levers " +
      "that keep protection intact: bundling, paying in full, safety devices, a higher deductible on comprehensive. Never cut liability " +
      "limits to win on price.",
    category: "objections",
    tags: ["objections", "pricing", "sales"],
  },
  {
    title: "Objection handling: \"I'll shop around first\"",
    summary: "Staying in the conversation when a prospect wants to compare quotes.",
    content:
      "Welcome it: an independent agency already shops several carriers for them. Ask which carriers they plan to contact and offer to " +
      "include them. Set a follow-up date before they decide, send a written comparison of coverage and not only price, and remind them " +
      "that claims service is where agencies differ most. Log the objection so the next call picks up where this one ended.",
    category: "objections",
    tags: ["objections", "sales", "follow-up"],
  },
  {
    title: "Objection handling: \"I have life insurance through work\"",
    summary: "Why group life is rarely enough on its own.",
    content:
      "Group life usually pays one or two times salary and ends when the job ends. Ask how much their family would need to replace " +
      "income, pay off the mortgage and fund education, and compare it with the group benefit. Individual term coverage locks in today's " +
      "health and age, and stays in force through job changes.",
    category: "objections",
    tags: ["objections", "life"],
  },
  {
    title: "Do-not-contact requests",
    summary: "What to do when a client or prospect asks not to be contacted.",
    content:
      "Add the phone number or email to the do-not-contact list the same day, with the reason. Outreach tools check the list before " +
      "sending, but a personal call is not exempt: check before you dial. Service messages about an existing policy (billing, claims, " +
      "renewal notices required by law) may still be sent.",
    category: "compliance",
    tags: ["compliance", "dnc"],
  },
  {
    title: "Cyber liability for small businesses (draft)",
    summary: "Outline for a coverage explainer aimed at commercial clients.",
    content: "Draft: first-party costs (breach response, ransomware, business interruption) versus third-party liability. To be reviewed.",
    category: "coverage",
    tags: ["commercial", "cyber"],
    status: "draft",
  },
];
