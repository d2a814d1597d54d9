import { IsOptional, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { type EndpointChange, EndpointType, type UpdateUserRequest } from '../odin/model';
import { Check, IsUserId, SafeText, TrimmedLength } from '../graphql/validation';
import { AccessDeviceEndpointInput, TrunkAddressingEndpointInput } from './endpoint.input';
import { UserSettingsInput } from './user-settings.input';

/** The endpoint object must be given exactly when endpointType names it. */
const goesWith = (type: EndpointType) =>
  Check<UpdateUserInput>(
    (value, input) => (value !== undefined && value !== null) === (input.endpointType === type),
    `is required with endpointType ${type}, and only with it`,
  );

@InputType({ description: 'What to change on a user; fields left out stay as they are.' })
export class UpdateUserInput extends UserSettingsInput {
  @Field(() => ID)
  @IsUserId()
  userId!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @TrimmedLength(1, 30) firstName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimmedLength(1, 30) lastName?: string;

  @Field(() => String, { nullable: true, description: 'A new web authentication password' })
  @IsOptional()
  @MinLength(1)
  @SafeText(128)
  webAuthPassword?: string;

  @Field(() => EndpointType, {
    nullable: true,
    description: 'A new endpoint: NONE, or with accessDeviceEndpoint / trunkAddressing',
  })
  endpointType?: EndpointType;

  @Field(() => AccessDeviceEndpointInput, { nullable: true })
  @goesWith(EndpointType.ACCESS_DEVICE_ENDPOINT)
  @ValidateNested()
  accessDeviceEndpoint?: AccessDeviceEndpointInput;

  @Field(() => TrunkAddressingEndpointInput, { nullable: true })
  @goesWith(EndpointType.TRUNK_ADDRESSING)
  @ValidateNested()
  trunkAddressing?: TrunkAddressingEndpointInput;

  /** The plain request the Odin client takes. */
  toRequest(): UpdateUserRequest {
    const { accessDeviceEndpoint, trunkAddressing, endpointType, ...rest } = this;
    let endpoint: EndpointChange | undefined;
    if (endpointType === EndpointType.NONE) endpoint = { type: EndpointType.NONE };
    if (endpointType === EndpointType.ACCESS_DEVICE_ENDPOINT && accessDeviceEndpoint) {
      endpoint = { type: endpointType, linePort: '', ...accessDeviceEndpoint };
    }
    if (endpointType === EndpointType.TRUNK_ADDRESSING && trunkAddressing) {
      endpoint = { type: endpointType, linePort: '', ...trunkAddressing };
    }
    return { ...rest, endpoint };
  }

  /** True when the caller set nothing to change. */
  isEmpty(): boolean {
    return Object.entries(this).every(
      ([key, value]) => key === 'userId' || value === undefined || value === null,
    );
  }
}
