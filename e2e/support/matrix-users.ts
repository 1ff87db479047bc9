/** The authorization-matrix spec's accounts: matrix-<role>@example.test, used by no other spec. */
export const MATRIX_ROLES = ['viewer', 'owner', 'editor', 'admin'] as const
export type MatrixRole = (typeof MATRIX_ROLES)[number]

export const MATRIX_PASSWORD = 'matrix e2e password 42'

export const MATRIX_USERS = MATRIX_ROLES.map((role) => ({
  email: `matrix-${role}@example.test`,
  name: `Matrix ${role}`,
  role,
  categories: role === 'owner' ? ['talent'] : [],
}))
