import type { FurniturePhrases } from './types';

/** Vietnamese page furniture. */
export const VI: FurniturePhrases = {
  enders: [
    'tin liên quan', 'tin cùng chuyên mục', 'tin khác', 'các tin khác', 'bài liên quan', 'bài viết liên quan',
    'xem thêm', 'đọc thêm', 'tin đọc nhiều', 'đọc nhiều nhất', 'xem nhiều nhất', 'tiêu điểm', 'tin đang nóng',
    'tin mới nhất', 'tin mới', 'tin nổi bật', 'có thể bạn quan tâm', 'bạn thấy bài viết này có hữu ích không?',
    'bình luận', 'ý kiến bạn đọc', 'gửi bình luận', 'tin cùng sự kiện', 'tin đã đưa', 'xem nhiều', 'đọc nhiều',
    'tin đọc nhiều nhất', 'tin xem nhiều',
  ],
  lines: [
    'video đang hot', 'chia sẻ', 'in bài', 'bản in', 'lưu bài', 'trang chủ', 'quay lại', 'đăng nhập', 'đăng ký',
    'cỡ chữ', 'nghe bài viết', 'nghe đọc bài', 'tin nhanh', 'video', 'ảnh', 'có', 'có;', 'không', 'gửi', 'theo dõi',
    'quảng cáo', 'tắt quảng cáo', 'bấm để xem', 'hết', '-hết-',
    'điểm chính', 'những điểm chính', 'điểm nhấn',
  ],
  labels: [
    'đọc thêm', 'xem thêm', 'tin liên quan', 'từ khóa', 'từ khoá', 'tags', 'thẻ', 'chia sẻ', 'theo dõi', 'tin nóng',
    'tin nhanh', 'nóng', 'cập nhật', 'bình luận', 'ý kiến', 'sao chép liên kết', 'bài liên quan',
    'lượt xem',
  ],
  prompts: [
    'bản tin', 'nhận tin', 'tải ứng dụng', 'đăng ký nhận', 'hữu ích không', 'ý kiến của bạn', 'viết bình luận',
    'gửi ý kiến',
    'bạn thấy bài viết', 'bài viết thế nào',
  ],
  platforms: [
    'zalo',
  ],
  followVerbs: [
    'theo dõi', 'tham gia',
  ],
  copyright: [
    'bản quyền', 'mọi quyền',
  ],
};
