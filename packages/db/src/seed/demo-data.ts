// Vocabulary for the demo agency. Kept apart from the seeding logic so the seed reads as a script.

export const firstNames = [
  "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia", "Mateo",
  "Amelia", "Benjamin", "Harper", "Henry", "Evelyn", "Theodore", "Abigail", "Jack", "Emily", "Levi", "Ella",
  "Alexander", "Elizabeth", "Jackson", "Camila", "Daniel", "Luna", "Samuel", "Sofia", "Sebastian", "Avery",
  "Aiden", "Mila", "Owen", "Aria", "Wyatt", "Scarlett", "Julian", "Penelope", "Grayson", "Layla", "Ezra",
  "Chloe", "Hudson", "Victoria", "Carter", "Madison", "Priya", "Wei", "Fatima", "Diego", "Aisha", "Kenji",
];

export const lastNames = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
  "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson",
  "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel", "Kim", "Okafor", "Chen",
];

export const companies = [
  "Riverside Dental", "Blue Ridge Logistics", "Summit Roofing", "Harbor Bakery", "Oak & Iron Fitness",
  "Lakeside Veterinary", "Northwind Plumbing", "Copperline Electric", "Maple Street Cafe", "Keystone Builders",
  "Silverleaf Landscaping", "Brightpath Tutoring", "Cedar Grove Farms", "Pioneer Auto Repair", "Seaside Rentals",
  "Golden Gate Florists", "Ironclad Security", "Evergreen Pediatrics", "Redwood Consulting", "Starlight Events",
];

export const cities = ["Austin", "Denver", "Portland", "Charlotte", "Columbus", "Tampa", "Phoenix", "Raleigh", "Boise", "Madison"];

export const clientLeadSources = ["Website", "Referral", "Facebook Ad", "Google Ads", "LinkedIn", "Walk-in", "Partner", "Cold Call"];
export const recruitLeadSources = ["Indeed", "LinkedIn", "Referral", "Career Fair", "Website"];
export const preferredChannels = ["email", "phone", "sms", "whatsapp"];
export const timelines = ["Immediately", "Within 30 days", "1–3 months", "3–6 months", "Just browsing"];

export const carriers = ["Progressive", "State Farm", "Allstate", "Travelers", "Liberty Mutual", "Nationwide", "Chubb", "The Hartford"];

export const policyTypes = ["auto", "home", "life", "health", "commercial", "umbrella", "renters"] as const;

export const opportunityTitles: Record<(typeof policyTypes)[number], string> = {
  auto: "Auto policy",
  home: "Homeowners bundle",
  life: "Term life coverage",
  health: "Health plan",
  commercial: "Commercial package",
  umbrella: "Umbrella coverage",
  renters: "Renters policy",
};

export const activityNotes = [
  "Discussed coverage options and deductibles.",
  "Left a voicemail about the quote.",
  "Sent the comparison of three carriers.",
  "Client asked about bundling home and auto.",
  "Reviewed claims history; no open claims.",
  "Client prefers a call after 5pm.",
  "Requested updated driver information.",
  "Walked through the renewal terms.",
  "Client is comparing with a competitor's offer.",
  "Confirmed payment method for the first premium.",
];

export const taskTitles = [
  "Call back about the quote",
  "Send renewal reminder",
  "Collect signed application",
  "Review coverage gaps",
  "Prepare proposal",
  "Verify driver history",
  "Schedule annual review",
  "Follow up on referral",
];
