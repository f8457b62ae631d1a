/** What an expert answered in a response: the columns every reader of answers selects. */
export const responseContentColumns = {
  textPosition: true,
  textReason: true,
  textSuggestion: true,
  overallPosition: true,
  generalComments: true,
  clauses: {
    select: { clauseVersionId: true, position: true, reason: true, suggestion: true, rating: true },
  },
} as const;
