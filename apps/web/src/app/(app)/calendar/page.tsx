import { placeholderPage } from "~/components/module-placeholder";

const page = placeholderPage("calendar");
export const metadata = page.metadata;
export default page.Page;
