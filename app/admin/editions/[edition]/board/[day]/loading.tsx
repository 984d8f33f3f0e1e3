export { DayLoading as default } from "@/components/admin/DayLoading";
