// Invented content for the demo study. Not taken from any published definition.
export const DEMO_FACILITATOR_EMAIL = "demo@livewith.local";
export const DEMO_STUDY_SLUG = "neighbourhood-tool-library";
// The other two demo studies ask the same question under titles of their own: a title is
// what a citation of the published study prints, so it must read as a real one.
export const DEMO_CLOSED_SLUG = "neighbourhood-tool-library-round-1";
export const DEMO_CLOSED_TITLE = "A working definition of the neighbourhood tool library";
export const DEMO_PUBLISHED_TITLE = "Defining the neighbourhood tool library";

export const demoStudy = {
  title: "What is a neighbourhood tool library?",
  purpose:
    "Municipal grant programmes use the term “tool library” for very different projects. " +
    "This study asks practitioners, funders and researchers to agree on a short working " +
    "definition that grant guidelines can cite.",
  audience: "Municipal funders, community organisers and researchers of sharing economies.",
  anonymityStatement:
    "Your answers are seen by the facilitators only. Other panel members never learn who " +
    "took part or who said what; published results are aggregate, and you are named in the " +
    "acknowledgements only if you agree to it.",
};

export const demoVersion = {
  explanatoryText: [
    "Tool libraries lend equipment instead of books. They range from a shelf in a community " +
      "centre to a staffed workshop with hundreds of items.",
    "The definition below is meant to **separate lending projects from hire shops and from " +
      "one-off swap events**. It does not rank projects, and a project can fit it without " +
      "meeting every ideal described in the literature.",
  ].join("\n\n"),
  clauses: [
    "A neighbourhood tool library lends tools and equipment to members of a defined local community for a limited period.",
    "Borrowing is free or costs a membership fee that is set to cover running costs, not to make a profit.",
    "The library keeps a catalogue of what it holds and records who has borrowed each item.",
    "Members can get advice on the safe use of the tools they borrow.",
  ],
};

export const demoPanel: {
  name: string;
  email: string;
  organisation: string;
  country: string;
  region: string;
  sector: string;
  gender?: string;
  expertise: string[];
}[] = [
  {
    name: "Amara Okafor",
    email: "amara.okafor@example.org",
    organisation: "Lagos Makers Collective",
    country: "Nigeria",
    region: "Africa",
    sector: "Community",
    gender: "woman",
    expertise: ["community organising"],
  },
  {
    name: "Jonas Lindqvist",
    email: "jonas.lindqvist@example.org",
    organisation: "City of Umeå",
    country: "Sweden",
    region: "Europe",
    sector: "Public",
    gender: "man",
    expertise: ["municipal funding"],
  },
  {
    name: "Priya Raman",
    email: "priya.raman@example.org",
    organisation: "Institute for Circular Cities",
    country: "India",
    region: "Asia",
    sector: "Research",
    gender: "woman",
    expertise: ["sharing economy", "evaluation"],
  },
  {
    name: "Tomás Ferreira",
    email: "tomas.ferreira@example.org",
    organisation: "Oficina Partilhada",
    country: "Portugal",
    region: "Europe",
    sector: "Community",
    expertise: ["workshop safety"],
  },
  {
    name: "Grace Whitfield",
    email: "grace.whitfield@example.org",
    organisation: "Northfield Tool Share",
    country: "United Kingdom",
    region: "Europe",
    sector: "Community",
    gender: "woman",
    expertise: ["volunteer management"],
  },
  {
    name: "Kenji Mori",
    email: "kenji.mori@example.org",
    organisation: "Kyoto Commons Lab",
    country: "Japan",
    region: "Asia",
    sector: "Research",
    gender: "man",
    expertise: ["urban studies"],
  },
  {
    name: "Lucía Benítez",
    email: "lucia.benitez@example.org",
    organisation: "Fundación Barrio Vivo",
    country: "Chile",
    region: "Americas",
    sector: "Non-profit",
    gender: "woman",
    expertise: ["grant making"],
  },
  {
    name: "Daniel Acheampong",
    email: "daniel.acheampong@example.org",
    organisation: "Accra Repair Network",
    country: "Ghana",
    region: "Africa",
    sector: "Community",
    gender: "man",
    expertise: ["repair", "logistics"],
  },
];
