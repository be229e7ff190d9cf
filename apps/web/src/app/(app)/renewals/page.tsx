import { placeholderPage } from "~/components/module-placeholder";

const page = placeholderPage("renewals");
export const metadata = page.metadata;
export default page.Page;
