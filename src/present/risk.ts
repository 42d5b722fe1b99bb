/** How the detection risk of fake orders reads on a meter: the HUD and the fakes section agree. */
export type RiskLevel = 'low' | 'mid' | 'high';

/** From 20% a takedown is a real prospect; under 5% it is background noise. */
const HIGH_RISK_BP = 2000;
const MID_RISK_BP = 500;

export function riskLevel(riskBp: number): RiskLevel {
  return riskBp >= HIGH_RISK_BP ? 'high' : riskBp >= MID_RISK_BP ? 'mid' : 'low';
}

/** The meter's fill, in whole percent from 0 to 100. */
export function riskPercent(riskBp: number): number {
  return Math.min(100, Math.round(riskBp / 100));
}
