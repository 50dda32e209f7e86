/** What the members routes answer for each member. */
export const memberFields = ["id", "role", "email", "first_name", "last_name", "phone", "locale", "created_at"]
