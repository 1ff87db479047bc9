import { expect, test } from '@playwright/test'

/**
 * A refused settings save keeps what the person chose in every field (React resets a form after its
 * action, which used to put the selects back to the saved values while the error spoke of the new
 * ones), and saves nothing. Reads the saved values first, so it holds whatever other specs set.
 */
test('a refused settings save keeps every chosen value beside the error and saves nothing', async ({ page }) => {
  await page.goto('/settings')
  const orgName = page.getByLabel('Organisation name')
  const fiscal = page.getByLabel('Fiscal year starts in')
  const timeZone = page.getByLabel('Time zone')
  const currency = page.getByLabel('Currency')
  const benchmark = page.getByLabel('Benchmark set for new quarters')
  const paper = page.getByLabel('Board report paper size')
  const fields = { orgName, fiscal, timeZone, currency, benchmark, paper }
  type Values = Record<keyof typeof fields, string>
  const saved = Object.fromEntries(
    await Promise.all(Object.entries(fields).map(async ([name, field]) => [name, await field.inputValue()] as const)),
  ) as Values
  /** Every field shows these values. */
  const expectValues = async (values: Values) => {
    for (const [name, field] of Object.entries(fields)) await expect(field, name).toHaveValue(values[name as keyof Values])
  }
  const otherOption = async (select: typeof fiscal, current: string) => {
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    const other = values.find((v) => v !== current)
    if (!other) throw new Error('the select offers only one option')
    return other
  }
  const chosen = {
    orgName: `${saved.orgName} (renamed)`,
    fiscal: await otherOption(fiscal, saved.fiscal),
    timeZone: 'Mars/Olympus_Mons',
    currency: saved.currency === 'EUR' ? 'GBP' : 'EUR',
    benchmark: await otherOption(benchmark, saved.benchmark),
    paper: saved.paper === 'A4' ? 'LETTER' : 'A4',
  }

  await orgName.fill(chosen.orgName)
  await fiscal.selectOption(chosen.fiscal)
  await timeZone.fill(chosen.timeZone)
  await currency.fill(chosen.currency)
  await benchmark.selectOption(chosen.benchmark)
  await paper.selectOption(chosen.paper)
  await page.getByRole('button', { name: 'Save settings' }).click()

  await expect(timeZone).toHaveAccessibleDescription(/Enter an IANA time zone such as Europe\/London or UTC\./)
  await expect(timeZone).toBeFocused()
  await expectValues(chosen)

  // Nothing was saved: a fresh load shows the values from before.
  await page.reload()
  await expectValues(saved)
})
