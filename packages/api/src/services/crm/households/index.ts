export { getHousehold } from "./get-household";
export { addHouseholdMember, createHousehold, removeHouseholdMember, updateHousehold, type HouseholdAddress } from "./write-household";
