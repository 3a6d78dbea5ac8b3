import { isValid, toNormalised } from "postcode";

/** A UK postcode in its normal form ("ec2v7ae" -> "EC2V 7AE"), or null when it is not one. */
export function normaliseUkPostcode(input: string): string | null {
  return isValid(input) ? toNormalised(input) : null;
}
