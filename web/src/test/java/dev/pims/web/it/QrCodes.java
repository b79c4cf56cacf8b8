package dev.pims.web.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** The camera of the tests' authenticator app: reads the text of a QR code shown as a PNG data URI. */
final class QrCodes {

    private static final String PNG_DATA_URI = "data:image/png;base64,";

    private QrCodes() {}

    static String read(String dataUri) throws IOException, ReaderException {
        if (!dataUri.startsWith(PNG_DATA_URI)) {
            throw new IllegalArgumentException("Not a PNG data URI: " + dataUri);
        }
        byte[] png = Base64.getDecoder().decode(dataUri.substring(PNG_DATA_URI.length()));
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
