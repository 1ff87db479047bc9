/** Password length limits (OWASP ASVS 5.0 §6.2); separate so forms can show them without the word list. */
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128
